/**
 * A person's column keys and record fields ('mother.fullName', …), built once
 * per role: a key built for every row would be a new string to hash on every
 * lookup, a measurable cost at 100k rows.
 */
export function personKeys<Role extends string>(role: Role) {
  return {
    fullName: `${role}.fullName`,
    birthDate: `${role}.birthDate`,
    birthYear: `${role}.birthYear`,
    ethnicity: `${role}.ethnicity`,
    ethnicityCode: `${role}.ethnicityCode`,
    nationality: `${role}.nationality`,
    residence: `${role}.residence`,
    personalId: `${role}.personalId`,
    age: `${role}.age`,
  } as const;
}
