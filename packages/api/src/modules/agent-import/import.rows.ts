import {
  AGENT_CSV_COLUMNS,
  AgentCsvColumn,
  AgentTypeName,
  checkEmailAddress,
  displayNameProblem,
  LIGHT_AGENT_PERMISSIONS,
  parseAgentTypeCell,
} from '@roster/shared';
import { quoteValue } from '../../common/quote-input';
import { sanitizeSignature, SIGNATURE_MAX_BYTES } from '../agent/agent.validation';
import { unknownUnitMessage } from '../business-unit/business-unit.lookup';
import { CheckedRow, HeaderPlan, NameIndex, RowCells, SeenEmails } from '../import/import.cells';

// Validation of agent CSV rows, pure apart from the lookups handed in (see import.cells.ts).

type Key = AgentCsvColumn['key'];

/** What a valid row says; undefined: the column is absent or the cell empty (for an existing agent: leave it alone). */
export interface ImportValues {
  email: string;
  name: string;
  /** Undefined: an empty cell, an error for a new agent (import.agents.ts), nothing to change for an existing one. */
  groupIds?: number[];
  teamIds?: number[];
  isAdmin?: boolean;
  isReportsAdmin?: boolean;
  notifications?: boolean;
  signature?: string | null;
  /** The Type column: Full or Light; undefined when absent or empty (a new agent is then FULL). */
  type?: AgentTypeName;
  /** The Business Unit column: the unit's id; undefined when absent or empty. */
  businessUnitId?: number;
}

export const AGENT_COLUMNS = AGENT_CSV_COLUMNS;

/** A checked agent row; groupsEmpty: the Permission Groups cell is empty, an error only for a new agent. */
export interface AgentCheckedRow extends CheckedRow<ImportValues> {
  groupsEmpty?: boolean;
  /** The Type cell says Light (a new light agent needs no group). */
  light?: boolean;
}

export interface CheckerOptions {
  plan: HeaderPlan<Key>;
  groups: NameIndex;
  teams: NameIndex;
  /** Business units by lower-cased name. */
  units: Map<string, number>;
  /** Groups that grant more than light agents may hold (agent.type-rules.ts), by id, with their names. */
  notForLight: Map<number, string>;
}

/** Checks rows one after another; remembers the emails seen, so a second spelling of one is caught. */
export class RowChecker {
  private readonly seen = new SeenEmails();
  constructor(private readonly opts: CheckerOptions) {}

  check(row: number, cells: string[]): AgentCheckedRow {
    const c = new RowCells(this.opts.plan, cells);
    const rawEmail = c.text('email');
    let email: string | null = null;
    if (rawEmail) {
      const r = checkEmailAddress(rawEmail);
      if (!r.ok) c.fail('email', 'INVALID_EMAIL', `${quoteValue(rawEmail)} ${r.problem}`, c.raw('email'));
      else {
        email = r.email;
        const first = this.seen.claim(email, row);
        if (first !== undefined) c.fail('email', 'DUPLICATE_EMAIL', `${email} is also on row ${first}`);
      }
    }
    const name = c.text('name');
    const nameProblem = name ? displayNameProblem(name) : null;
    if (nameProblem) c.fail('name', 'INVALID_NAME', nameProblem);
    // An empty cell is REQUIRED only on a new agent's row: known once the row is matched (decide).
    const groupCell = c.text('permissionGroups', false);
    const groupIds =
      groupCell === undefined ? undefined : c.ids('permissionGroups', this.opts.groups, 'UNKNOWN_GROUP', 'permission group', groupCell);
    const teamIds = c.ids('teams', this.opts.teams, 'UNKNOWN_TEAM', 'team');
    const isAdmin = c.flag('admin');
    const isReportsAdmin = c.flag('reports');
    const notifications = c.flag('notifications');
    let signature: string | null | undefined;
    const sigCell = c.text('signature');
    if (sigCell !== undefined) {
      signature = sanitizeSignature(sigCell);
      const bytes = Buffer.byteLength(signature ?? '', 'utf8');
      if (bytes > SIGNATURE_MAX_BYTES)
        c.fail('signature', 'CELL_TOO_LONG', `is ${bytes} bytes of HTML once formatted (at most ${SIGNATURE_MAX_BYTES})`);
    }
    const typeCell = c.text('type');
    const type = typeCell === undefined ? undefined : parseAgentTypeCell(typeCell);
    if (typeCell !== undefined && !type) c.fail('type', 'INVALID_VALUE', `${quoteValue(typeCell)} is not Full or Light`, c.raw('type'));
    if (type === 'LIGHT') this.checkLight(c, { isAdmin, isReportsAdmin, groupIds });
    const unitCell = c.text('businessUnit');
    const businessUnitId = unitCell === undefined ? undefined : this.opts.units.get(unitCell.toLowerCase());
    if (unitCell !== undefined && businessUnitId === undefined)
      c.fail('businessUnit', 'UNKNOWN_BUSINESS_UNIT', unknownUnitMessage(unitCell), c.raw('businessUnit'));
    const { problems } = c;
    const values =
      problems.length || !email || !name
        ? null
        : { email, name, groupIds, teamIds, isAdmin, isReportsAdmin, notifications, signature, type, businessUnitId };
    const groupsAt = this.opts.plan.columns.get('permissionGroups');
    const groupsEmpty = groupsAt !== undefined && !(cells[groupsAt] ?? '').trim();
    return { row, email, cells, problems, values, groupsEmpty, light: type === 'LIGHT' };
  }

  /** A Light row cannot carry admin access or groups that grant writes (the rule of shared/agent-type.ts). */
  private checkLight(c: RowCells<Key>, v: Pick<ImportValues, 'isAdmin' | 'isReportsAdmin' | 'groupIds'>): void {
    if (v.isAdmin) c.fail('admin', 'NOT_FOR_LIGHT_AGENT', 'cannot be Yes for a light agent');
    if (v.isReportsAdmin) c.fail('reports', 'NOT_FOR_LIGHT_AGENT', 'cannot be Yes for a light agent');
    const granting = (v.groupIds ?? []).filter((id) => this.opts.notForLight.has(id)).map((id) => this.opts.notForLight.get(id));
    if (granting.length)
      c.fail(
        'permissionGroups',
        'NOT_FOR_LIGHT_AGENT',
        `${granting.map((n) => quoteValue(n!)).join(', ')} grant more than light agents may hold (${LIGHT_AGENT_PERMISSIONS.join(', ')})`,
      );
  }
}
