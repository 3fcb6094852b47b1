import { Button } from '@rialto/ui/button'
import { Notice } from '@rialto/ui/notice'
import type { ChatNotice } from './use-notices'

export type NoticesViewProps = {
  notices: readonly ChatNotice[]
  onDismiss: (id: number) => void
  onExport: () => void
}

/** Failures as banners. A full storage says what still works and how to make room. */
export function NoticesView({ notices, onDismiss, onExport }: NoticesViewProps) {
  if (notices.length === 0) return null
  return (
    <div className="flex flex-col gap-2">
      {notices.map((notice) => (
        <Notice
          key={notice.id}
          tone="error"
          title={notice.text}
          data-testid={notice.storageFull ? 'storage-full' : 'chat-notice'}
        >
          {notice.storageFull ? (
            <p>
              Make room by deleting conversations you no longer need (× beside each in the list). Export a backup first
              if you want to keep them. Your unsent message stays in the box.
            </p>
          ) : null}
          <div className="mt-2 flex flex-wrap gap-2">
            {notice.storageFull ? (
              <Button variant="secondary" size="sm" onClick={onExport}>
                Export a backup
              </Button>
            ) : null}
            <Button variant="ghost" size="sm" onClick={() => onDismiss(notice.id)}>
              Dismiss
            </Button>
          </div>
        </Notice>
      ))}
    </div>
  )
}
