/** Every failure the vault reports. Each message is one sentence a person can act on. */
export class VaultError extends Error {
  override name = 'VaultError'
}

export class WrongPassphraseError extends VaultError {
  override name = 'WrongPassphraseError'
  constructor(options?: ErrorOptions) {
    super('That passphrase does not unlock this vault. Check it and try again.', options)
  }
}

export class EmptyPassphraseError extends VaultError {
  override name = 'EmptyPassphraseError'
  constructor() {
    super('The passphrase cannot be empty.')
  }
}

export type TamperReason = 'unreadable' | 'rollback'

export class TamperedRecordError extends VaultError {
  override name = 'TamperedRecordError'
  readonly recordId: string
  readonly reason: TamperReason
  constructor(
    { recordId, reason = 'unreadable' }: { recordId: string; reason?: TamperReason },
    options?: ErrorOptions,
  ) {
    super(
      reason === 'rollback'
        ? `"${recordId}" was replaced by an older copy of itself, so it was not used.`
        : `"${recordId}" is damaged or was changed outside Rialto, so it was not used.`,
      options,
    )
    this.recordId = recordId
    this.reason = reason
  }
}

export class UnsupportedVersionError extends VaultError {
  override name = 'UnsupportedVersionError'
  readonly foundVersion: number
  readonly supportedVersion: number
  constructor({ foundVersion, supportedVersion }: { foundVersion: number; supportedVersion: number }) {
    super(
      foundVersion > supportedVersion
        ? `This vault was saved by a newer version of Rialto (format ${foundVersion}). Update Rialto to open it.`
        : `This vault uses format ${foundVersion}, which this version of Rialto cannot read.`,
    )
    this.foundVersion = foundVersion
    this.supportedVersion = supportedVersion
  }
}

export class StorageFullError extends VaultError {
  override name = 'StorageFullError'
  constructor(options?: ErrorOptions) {
    super('The browser storage for this site is full, so this was not saved. Your earlier data is intact.', options)
  }
}

export class ConflictError extends VaultError {
  override name = 'ConflictError'
  readonly recordId: string
  readonly expectedRevision: number
  readonly actualRevision: number
  constructor({
    recordId,
    expectedRevision,
    actualRevision,
  }: { recordId: string; expectedRevision: number; actualRevision: number }) {
    super(`"${recordId}" changed since it was last read (perhaps in another tab). Reload it before saving.`)
    this.recordId = recordId
    this.expectedRevision = expectedRevision
    this.actualRevision = actualRevision
  }
}

export class LockedError extends VaultError {
  override name = 'LockedError'
  constructor() {
    super('The vault is locked. Unlock it with your passphrase.')
  }
}

export class VaultNotFoundError extends VaultError {
  override name = 'VaultNotFoundError'
  constructor() {
    super('There is no vault in this browser yet.')
  }
}

export class VaultExistsError extends VaultError {
  override name = 'VaultExistsError'
  constructor() {
    super('A vault already exists here. Open it, or wipe it first.')
  }
}

/** Records are here without their header: creating a vault over them would destroy them, so it waits for a yes. */
export class OrphanedRecordsError extends VaultError {
  override name = 'OrphanedRecordsError'
  readonly recordCount: number
  constructor({ recordCount }: { recordCount: number }) {
    super(
      `This browser still holds ${recordCount} encrypted ${recordCount === 1 ? 'record' : 'records'} of an earlier vault whose header is missing. Restore the header from a backup, or confirm that they may be deleted.`,
    )
    this.recordCount = recordCount
  }
}

/** A backup offered to restore a missing header, but none of the records here open with its key. */
export class ForeignBackupError extends VaultError {
  override name = 'ForeignBackupError'
  constructor({ recordCount }: { recordCount: number }) {
    super(
      `This backup belongs to another vault: none of the ${recordCount} records here open with it. Nothing was changed.`,
    )
  }
}

export class InvalidExportError extends VaultError {
  override name = 'InvalidExportError'
  readonly reason: 'unreadable' | 'altered'
  constructor({ reason }: { reason: 'unreadable' | 'altered' }, options?: ErrorOptions) {
    super(
      reason === 'altered'
        ? 'This export file was changed or damaged after it was saved, so nothing was imported.'
        : 'This file is not a Rialto vault export, or it is cut short, so nothing was imported.',
      options,
    )
    this.reason = reason
  }
}
