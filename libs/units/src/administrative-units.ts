import { type AdministrativeUnit, type UnitLevel, type UnitNode, type UnitsFile } from './administrative-unit';

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
 * down the tree and forward through mergers: a unit merged into another (its `predecessors`) falls
 * within the successor's scope, so the province formed in 2025 sees its predecessors' dossiers.
 */
export class AdministrativeUnits {
  private readonly byCode: ReadonlyMap<string, AdministrativeUnit>;
  private readonly children = new Map<string, AdministrativeUnit[]>();
  private readonly successors = new Map<string, string[]>();
  private readonly containing = new Map<string, ReadonlySet<string>>();

  constructor(units: readonly AdministrativeUnit[]) {
    this.byCode = indexByCode(units);
    checkReferences(units, this.byCode);
    for (const unit of units) {
      if (unit.parent) push(this.children, unit.parent, unit);
      for (const predecessor of unit.predecessors) push(this.successors, predecessor, unit.code);
    }
  }

  static fromFile(file: UnitsFile): AdministrativeUnits {
    return new AdministrativeUnits(file.units.flatMap((node) => flatten(node, undefined)));
  }

  get(code: string): AdministrativeUnit | undefined {
    return this.byCode.get(code);
  }

  all(): readonly AdministrativeUnit[] {
    return [...this.byCode.values()];
  }

  /** The enclosing units in the unit's own structure, nearest first. */
  ancestors(code: string): readonly AdministrativeUnit[] {
    const chain: AdministrativeUnit[] = [];
    for (let unit = this.byCode.get(code); unit?.parent;) {
      unit = this.byCode.get(unit.parent);
      if (unit) chain.push(unit);
    }
    return chain;
  }

  childrenOf(code: string): readonly AdministrativeUnit[] {
    return this.children.get(code) ?? [];
  }

  /** The units a merged unit became part of (those listing it among their `predecessors`). */
  successorsOf(code: string): readonly AdministrativeUnit[] {
    return (this.successors.get(code) ?? []).flatMap((successor) => this.byCode.get(successor) ?? []);
  }

  /** A unit is within itself, its ancestors, and (through mergers) its successors and theirs. */
  isWithin(unitCode: string, scopeCode: string): boolean {
    return this.scopesContaining(unitCode).has(scopeCode);
  }

  /** Every unit within the scope, the scope included: what a list query may show. */
  within(scopeCode: string): readonly string[] {
    return this.all()
      .map((unit) => unit.code)
      .filter((code) => this.isWithin(code, scopeCode));
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

function flatten(node: UnitNode, parent: string | undefined): AdministrativeUnit[] {
  const unit: AdministrativeUnit = {
    code: node.code,
    name: node.name,
    level: node.level,
    ...(parent ? { parent } : {}),
    validFrom: node.validFrom,
    ...(node.validTo ? { validTo: node.validTo } : {}),
    predecessors: node.predecessors ?? [],
  };
  return [unit, ...(node.children ?? []).flatMap((child) => flatten(child, node.code))];
}

function indexByCode(units: readonly AdministrativeUnit[]): Map<string, AdministrativeUnit> {
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  if (byCode.size < units.length) {
    const duplicates = units.filter((unit, index) => units.findIndex((other) => other.code === unit.code) !== index);
    throw new UnitsDataError(duplicates.map((unit) => `${unit.code}: mã trùng (duplicate code)`));
  }
  return byCode;
}

function checkReferences(units: readonly AdministrativeUnit[], byCode: ReadonlyMap<string, AdministrativeUnit>): void {
  const problems = units.flatMap((unit) => {
    const parent = unit.parent ? byCode.get(unit.parent) : undefined;
    const misplaced =
      (parent && !CHILD_LEVELS[parent.level].includes(unit.level)) || (!unit.parent && unit.level !== 'province');
    const unknown = unit.predecessors.filter((code) => !byCode.has(code));
    return [
      ...(misplaced
        ? [`${unit.code}: cấp ${unit.level} không đặt dưới ${parent?.level ?? 'gốc'} (misplaced level)`]
        : []),
      ...unknown.map((code) => `${unit.code}: đơn vị trước sắp xếp ${code} không có (unknown predecessor)`),
      ...(unit.validTo && unit.validTo < unit.validFrom ? [`${unit.code}: validTo trước validFrom`] : []),
    ];
  });
  if (problems.length) throw new UnitsDataError(problems);
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
