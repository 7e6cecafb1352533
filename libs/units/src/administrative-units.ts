import { type AdministrativeUnit, type UnitLevel, type UnitVersion } from './administrative-unit';

/** Which levels may sit directly under which: districts exist only in the three-tier structure. */
const CHILD_LEVELS: Readonly<Record<UnitLevel, readonly UnitLevel[]>> = {
  province: ['district', 'commune'],
  district: ['commune'],
  commune: ['village'],
  village: [],
};

export class UnitsDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Dữ liệu đơn vị hành chính không hợp lệ (invalid administrative units):\n  ${problems.join('\n  ')}`);
    this.name = 'UnitsDataError';
  }
}

/**
 * The administrative units of both structures, and jurisdiction questions over them. Scope flows
 * down the latest structure and forward through mergers: a unit merged into another (its
 * `predecessors`) falls within the successor's scope, so the province formed in 2025 sees its
 * predecessors' dossiers. A continuing unit's former district or province does not cover it: a
 * grant on a retired unit reaches no dossier filed after the reorganisation.
 */
export class AdministrativeUnits {
  private readonly byCode: ReadonlyMap<string, AdministrativeUnit>;
  private readonly children = new Map<string, AdministrativeUnit[]>();
  private readonly successors = new Map<string, string[]>();
  private readonly containing = new Map<string, ReadonlySet<string>>();
  private readonly contents = new Map<string, readonly string[]>();

  /** Unit versions in any order; versions of one code must not overlap. */
  constructor(versions: readonly UnitVersion[]) {
    this.byCode = byCode(versions);
    checkReferences(versions, this.byCode);
    for (const unit of this.byCode.values()) {
      const versions = [...unit.earlier, unit];
      const parents = new Set(versions.flatMap((version) => version.parent ?? []));
      for (const parent of parents) push(this.children, parent, unit);
      for (const version of versions)
        for (const predecessor of version.predecessors) push(this.successors, predecessor, unit.code);
    }
  }

  /** The unit's latest version, with its earlier ones. */
  get(code: string): AdministrativeUnit | undefined {
    return this.byCode.get(code);
  }

  /** The version in force on `day` (ISO date), if the unit existed then. */
  on(code: string, day: string): UnitVersion | undefined {
    const unit = this.byCode.get(code);
    return unit && [...unit.earlier, unit].find((version) => inForce(version, day));
  }

  all(): readonly AdministrativeUnit[] {
    return [...this.byCode.values()];
  }

  /** The enclosing units in the latest version's structure, nearest first. */
  ancestors(code: string): readonly AdministrativeUnit[] {
    const chain: AdministrativeUnit[] = [];
    for (let unit = this.byCode.get(code); unit?.parent;) {
      unit = this.byCode.get(unit.parent);
      if (unit) chain.push(unit);
    }
    return chain;
  }

  /** The province the unit lay in on `day` (itself for a province), following that day's structure. */
  provinceOn(code: string, day: string): UnitVersion | undefined {
    let version = this.on(code, day);
    while (version && version.level !== 'province') version = version.parent ? this.on(version.parent, day) : undefined;
    return version;
  }

  /** Units that sit, or sat, directly under this one. */
  childrenOf(code: string): readonly AdministrativeUnit[] {
    return this.children.get(code) ?? [];
  }

  /** The units a merged unit became part of (those listing it among their `predecessors`). */
  successorsOf(code: string): readonly AdministrativeUnit[] {
    return (this.successors.get(code) ?? []).flatMap((successor) => this.byCode.get(successor) ?? []);
  }

  /** The unit itself while in force; once merged away, the successor that took it over (first listed). */
  inForce(code: string): AdministrativeUnit | undefined {
    const unit = this.byCode.get(code);
    return unit?.validTo === undefined ? unit : this.successorsOf(code).find((successor) => !successor.validTo);
  }

  /** A unit is within itself, its latest ancestors, and (through mergers) its successors and theirs. */
  isWithin(unitCode: string, scopeCode: string): boolean {
    return this.scopesContaining(unitCode).has(scopeCode);
  }

  /** Every unit within the scope, the scope included: what a list query may show. */
  within(scopeCode: string): readonly string[] {
    const cached = this.contents.get(scopeCode);
    if (cached) return cached;
    const found = [...this.byCode.keys()].filter((code) => this.isWithin(code, scopeCode));
    this.contents.set(scopeCode, found);
    return found;
  }

  private scopesContaining(code: string): ReadonlySet<string> {
    const cached = this.containing.get(code);
    if (cached) return cached;
    const found = new Set<string>();
    const pending = this.byCode.has(code) ? [code] : [];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      if (found.has(next)) continue;
      found.add(next);
      const parent = this.byCode.get(next)?.parent;
      if (parent) pending.push(parent);
      pending.push(...(this.successors.get(next) ?? []));
    }
    this.containing.set(code, found);
    return found;
  }
}

function inForce(version: UnitVersion, day: string): boolean {
  return (version.validFrom === undefined || version.validFrom <= day) && (version.validTo ?? '9999') >= day;
}

/** Groups versions by code, oldest first; overlapping versions of one code are a data error. */
function byCode(versions: readonly UnitVersion[]): Map<string, AdministrativeUnit> {
  const grouped = new Map<string, UnitVersion[]>();
  for (const version of versions) push(grouped, version.code, version);
  const problems: string[] = [];
  const units = new Map<string, AdministrativeUnit>();
  for (const [code, list] of grouped) {
    const ordered = [...list].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
    ordered.slice(1).forEach((version, index) => {
      const before = ordered[index];
      if (before.validTo === undefined || version.validFrom === undefined || before.validTo >= version.validFrom)
        problems.push(`${code}: các phiên bản chồng lấn thời gian (overlapping versions; duplicate code?)`);
    });
    const latest = ordered[ordered.length - 1];
    units.set(code, { ...latest, earlier: ordered.slice(0, -1) });
  }
  if (problems.length) throw new UnitsDataError(problems);
  return units;
}

function checkReferences(versions: readonly UnitVersion[], units: ReadonlyMap<string, AdministrativeUnit>): void {
  const problems = versions.flatMap((unit) => {
    const parent = unit.parent ? units.get(unit.parent) : undefined;
    const misplaced =
      (unit.parent && !parent) ||
      (parent && !CHILD_LEVELS[parent.level].includes(unit.level)) ||
      (!unit.parent && unit.level !== 'province');
    const unknown = unit.predecessors.filter((code) => !units.has(code));
    return [
      ...(misplaced
        ? [`${unit.code}: cấp ${unit.level} không đặt dưới ${parent?.level ?? unit.parent ?? 'gốc'} (misplaced level)`]
        : []),
      ...unknown.map((code) => `${unit.code}: đơn vị trước sắp xếp ${code} không có (unknown predecessor)`),
      ...(unit.validTo && unit.validFrom && unit.validTo < unit.validFrom
        ? [`${unit.code}: validTo trước validFrom`]
        : []),
    ];
  });
  if (problems.length) throw new UnitsDataError(problems);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
