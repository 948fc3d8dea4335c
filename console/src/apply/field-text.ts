/**
 * What a person reads for a field: its label and hint from the schema's description
 * ("招聘方式：公开招聘考试 / 直接考核 / …" is the label 招聘方式 with its hint after the first ：or ，), a choice's label from
 * the domain's own tables where it has them (regions, post categories) and from the catalogue otherwise.
 */
import { postCategories, workerGrades } from '@schemas/post';
import { regionNames } from '@schemas/region';
import { useI18n } from '../i18n/i18n';
import { allFields, type FormField } from './form-model';

export interface FieldText {
  label(field: FormField): string;
  hint(field: FormField): string | undefined;
  option(value: string): string;
  /** The field's label under its groups' labels, e.g. 拟聘人员 › 公民身份号码. */
  pathLabel(sections: FormField[], path: string): string;
}

const own = <T extends object>(table: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(table, key);

export function useFieldText(): FieldText {
  const { t, has, bi, locale } = useI18n();
  const described = (field: FormField) => (field.description ? bi(field.description) : undefined);
  const label = (field: FormField) => {
    const text = described(field);
    if (text) return text.split(/[：，]/)[0]!.trim();
    const key = `label.${field.name}`;
    return has(key) ? t(key) : field.name;
  };
  const hint = (field: FormField) => {
    const text = described(field);
    const at = text?.search(/[：，]/) ?? -1;
    return text && at >= 0 ? text.slice(at + 1).trim() : undefined;
  };
  const option = (value: string) => {
    if (own(regionNames, value)) return locale === 'en' ? `${value} ${regionNames[value]}` : regionNames[value];
    if (own(postCategories, value)) return locale === 'en' ? postCategories[value].labelEn : postCategories[value].label;
    if (own(workerGrades, value)) return locale === 'en' ? workerGrades[value].labelEn : workerGrades[value].label;
    const key = `option.${value}`;
    return has(key) ? t(key) : value;
  };
  const pathLabel = (sections: FormField[], path: string) => {
    const byPath = new Map(allFields(sections).map((field) => [field.path, field]));
    const parts = path.split('.');
    const labels: string[] = [];
    for (let i = 1; i <= parts.length; i++) {
      const field = byPath.get(parts.slice(0, i).join('.'));
      if (field) labels.push(label(field));
    }
    return labels.length ? labels.join(' › ') : path;
  };
  return { label, hint, option, pathLabel };
}
