import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState } from 'react';
import { Notice } from '#src/components/ui/notice';
import { isApiError } from '#src/lib/api-client';
import type { BacklogItem } from '#src/shared/queries/get-backlog';
import { useReorderBacklog } from '../api/reorder-backlog';

const INSTRUCTIONS =
  'To move an item, focus its handle and press space or enter. Use the up and down arrow keys to move it, space or enter to drop it in its new place, escape to cancel.';

/**
 * The owner's order of the ranked items, set by dragging a handle or by keyboard (space to pick an
 * item up, arrows to move it, space to drop it), announced to screen readers. Each drop is saved at
 * once against the order's version; if someone else reordered first, the refusal says so and the
 * backlog reloads.
 */
export function OwnerOrder({ items, version }: { items: BacklogItem[]; version: number }) {
  const reorder = useReorderBacklog();
  const [error, setError] = useState<string | null>(null);
  const [order, setOrder] = useState<string[] | null>(null);
  const ids = order ?? items.map((i) => i.id);
  const byId = new Map(items.map((i) => [i.id, i]));
  const titleOf = (id: unknown) => byId.get(String(id))?.title ?? 'the item';
  const placeOf = (id: unknown) => ids.indexOf(String(id)) + 1;
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}, in place ${placeOf(active.id)} of ${ids.length}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${titleOf(active.id)} is over place ${placeOf(over.id)} of ${ids.length}.`
        : `${titleOf(active.id)} is not over a place.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${titleOf(active.id)} dropped in place ${placeOf(over.id)} of ${ids.length}.`
        : `${titleOf(active.id)} dropped.`,
    onDragCancel: ({ active }) =>
      `Moving ${titleOf(active.id)} was cancelled; it stays in place ${placeOf(active.id)}.`,
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const next = arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
    setOrder(next);
    setError(null);
    reorder.mutate(
      { order: next, version },
      {
        onSettled: () => setOrder(null),
        onError: (err) =>
          setError(
            isApiError(err, 409)
              ? 'Someone changed the backlog while you were ordering it. The order below is theirs; move the item again.'
              : err.message,
          ),
      },
    );
  };

  return (
    <>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="owner-order" aria-label="The owner’s order" aria-busy={reorder.isPending}>
            {ids.map((id, i) => {
              const item = byId.get(id);
              return item ? <OrderRow key={id} item={item} place={i + 1} /> : null;
            })}
          </ol>
        </SortableContext>
      </DndContext>
    </>
  );
}

function OrderRow({ item, place }: { item: BacklogItem; place: number }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  return (
    <li
      ref={setNodeRef}
      className={`owner-order-row${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <button type="button" className="drag-handle" {...attributes} {...listeners} aria-label={`Move ${item.title}`}>
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="owner-order-place">{place}</span>
      <span className="owner-order-title">{item.title}</span>
      <span className="cell-sub">
        suggested {item.suggestedRank ?? '—'} · score {item.score}
      </span>
    </li>
  );
}
