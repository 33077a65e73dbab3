import {
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { EntityKey } from '../../../electron/shared/audit-entities';
import { lookup } from '../../../electron/shared/i18n/message';
import { type FieldKind, fieldKind } from '../../../electron/shared/schemas/field-kinds';
import { vocabOptions } from '../i18n/vocab';
import { shapeOf } from '../lib/entity-form';
import { DateField } from './DateField';
import { DocumentField } from './DocumentField';

/** Choices for fields that point at other entries (recipients, activities, catalogue entries), by what they point at. */
export type ReferenceOptions = Partial<Record<EntityKey, { value: string; label: string }[]>>;

type AnyForm = UseFormReturnType<Record<string, unknown>>;

/** How a field sits in the layout: short inputs in a grid, flags in a row, long texts and lists full width. */
function placement(kind: FieldKind): 'grid' | 'flags' | 'wide' {
  if (kind.kind === 'flag') return 'flags';
  if ((kind.kind === 'text' && kind.long) || ('many' in kind && kind.many) || kind.kind === 'file') return 'wide';
  return 'grid';
}

/**
 * Inputs for the given fields of an entity, each chosen from the field's kind in the contract's
 * schema and labelled from the catalogue (field.<key>, with fieldHint.<key> beneath when there is
 * one). A field added to an entity's schema therefore appears in every form that lists its fields
 * with editableKeys(), with no form code of its own.
 */
export function EntityFields({
  form,
  schema,
  keys,
  references = {},
  labels = {},
  columns = 2,
  prefix = '',
  testIdPrefix = 'field-',
}: {
  form: UseFormReturnType<never>;
  schema: z.ZodObject<z.ZodRawShape>;
  keys: readonly string[];
  references?: ReferenceOptions;
  /** A label other than the field's own, where the entity calls the field something narrower (a DPA's recipient is its processor). */
  labels?: Record<string, string>;
  columns?: number;
  /** Where the fields sit in the form's values, for an entry of a list: 'purposes.0.'. */
  prefix?: string;
  testIdPrefix?: string;
}) {
  const { t, i18n } = useTranslation();
  const f = form as unknown as AnyForm;
  const shape = shapeOf(schema);
  const kinds = keys.filter((k) => k !== 'documentName' && k !== 'documentMime').map((key) => ({ key, kind: fieldKind(shape, key) }));
  const valueAt = (path: string) =>
    path.split('.').reduce<unknown>((v, step) => (v as Record<string, unknown> | undefined)?.[step], f.getValues());
  const label = (key: string) => labels[key] ?? lookup(t, `field.${key}`);
  const hint = (key: string) => (i18n.exists(`fieldHint.${key}`) ? lookup(t, `fieldHint.${key}`) : undefined);

  const input = (name: string, kind: FieldKind): ReactNode => {
    const key = `${prefix}${name}`;
    const common = { label: label(name), description: hint(name), 'data-testid': `${testIdPrefix}${name}` };
    const props = f.getInputProps(key);
    switch (kind.kind) {
      case 'text':
        return kind.long ? (
          <Textarea {...common} {...props} autosize minRows={2} withAsterisk={kind.required} />
        ) : (
          <TextInput {...common} {...props} withAsterisk={kind.required} />
        );
      case 'date':
        return <DateField {...common} {...props} />;
      case 'country':
        return kind.many ? (
          <TagsInput
            {...common}
            {...props}
            onChange={(v) =>
              f.setFieldValue(
                key,
                v.map((c) => c.trim().toUpperCase()),
              )
            }
          />
        ) : (
          <TextInput
            {...common}
            maxLength={3}
            value={(valueAt(key) as string | null) ?? ''}
            error={props.error}
            onChange={(e) => f.setFieldValue(key, e.currentTarget.value.toUpperCase() || (kind.nullable ? null : ''))}
          />
        );
      case 'flag':
        return <Checkbox {...common} {...f.getInputProps(key, { type: 'checkbox' })} />;
      case 'answer': {
        const value = valueAt(key) as boolean | null;
        return (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {common.label}
            </Text>
            {/* Three answers: "not recorded" is a real state, e.g. when a privacy policy does not say. */}
            <SegmentedControl
              data-testid={common['data-testid']}
              data={[
                { value: 'unknown', label: t('organisation.dpoAnswers.unknown') },
                { value: 'yes', label: t('common.yes') },
                { value: 'no', label: t('common.no') },
              ]}
              value={value === null ? 'unknown' : value ? 'yes' : 'no'}
              onChange={(v) => f.setFieldValue(key, v === 'unknown' ? null : v === 'yes')}
            />
          </Stack>
        );
      }
      case 'number':
        return (
          <NumberInput
            {...common}
            min={kind.min}
            max={kind.max}
            allowDecimal={false}
            value={(valueAt(key) as number | null) ?? ''}
            error={props.error}
            onChange={(v) => f.setFieldValue(key, typeof v === 'number' ? v : null)}
          />
        );
      case 'vocab': {
        const data = vocabOptions(t, kind.group, kind.values);
        if (kind.many) {
          return (
            <Checkbox.Group {...common} {...props}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing={6}>
                {data.map((o) => (
                  <Checkbox key={o.value} value={o.value} label={o.label} size="sm" />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          );
        }
        if (kind.numeric) {
          const value = valueAt(key) as number | null;
          return (
            <Select
              {...common}
              data={data}
              clearable={kind.nullable}
              comboboxProps={{ withinPortal: true }}
              value={value === null ? null : String(value)}
              error={props.error}
              onChange={(v) => f.setFieldValue(key, v ? Number(v) : null)}
            />
          );
        }
        return (
          <Select
            {...common}
            {...props}
            data={data}
            searchable={data.length > 10}
            clearable={kind.nullable}
            allowDeselect={kind.nullable}
            comboboxProps={{ withinPortal: true }}
          />
        );
      }
      case 'reference': {
        const data = references[kind.to] ?? [];
        return kind.many ? (
          <MultiSelect {...common} {...props} data={data} searchable comboboxProps={{ withinPortal: true }} />
        ) : (
          <Select
            {...common}
            {...props}
            data={data}
            searchable
            clearable={kind.nullable}
            withAsterisk={!kind.nullable}
            comboboxProps={{ withinPortal: true }}
          />
        );
      }
      case 'file':
        return <DocumentField {...common} form={f} />;
    }
  };

  const cell = ({ key, kind }: { key: string; kind: FieldKind }) => <Fragment key={f.key(`${prefix}${key}`)}>{input(key, kind)}</Fragment>;
  const grid = kinds.filter((k) => placement(k.kind) === 'grid');
  const flags = kinds.filter((k) => placement(k.kind) === 'flags');
  const wide = kinds.filter((k) => placement(k.kind) === 'wide');
  return (
    <>
      {grid.length ? <SimpleGrid cols={{ base: 1, sm: Math.min(2, columns), md: columns }}>{grid.map(cell)}</SimpleGrid> : null}
      {flags.length ? <Group>{flags.map(cell)}</Group> : null}
      {wide.map(cell)}
    </>
  );
}
