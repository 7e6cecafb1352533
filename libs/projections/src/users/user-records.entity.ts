import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per registered user account; `version` is the stream version folded (the ETag). */
@Entity({ schema: 'read_models', name: 'users' })
export class UserRecord {
  @PrimaryColumn('text', { name: 'user_id' })
  userId!: string;

  @Column('text')
  name!: string;

  /** The unit that manages the account: list queries are scoped by it. */
  @Column('text')
  unit!: string;

  @Column('text')
  status!: 'active' | 'deactivated';

  @Column('integer')
  version!: number;

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

/** The grants a user holds now; revoked grants leave this table (the events keep them). */
@Entity({ schema: 'read_models', name: 'user_grants' })
export class UserGrantRecord {
  @PrimaryColumn('text', { name: 'grant_id' })
  grantId!: string;

  @Column('text', { name: 'user_id' })
  userId!: string;

  /** Order of granting, so a user's grants read back as they were given. */
  @Column('integer')
  position!: number;

  @Column('text')
  role!: string;

  @Column('text')
  unit!: string;

  @Column('text', { nullable: true })
  department!: string | null;
}
