/** 人事综合管理部门逐级审核: the personnel division's levels, the same for every matter unless a matter says otherwise. */
export const countersignLevels = ['经办人审核', '科长审核', '分管领导审核'] as const;
