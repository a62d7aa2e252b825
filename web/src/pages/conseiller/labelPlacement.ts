// Which node labels of a graph drawing to show so that no two ever overlap: a
// greedy pass in priority order (spaces and well-connected members first) that
// keeps a label only when its box fits inside the drawing and touches no box
// already kept. Pure, so it is tested without a browser.

export interface LabelCandidate {
  id: string;
  /** Where the label's box starts (left, vertical middle), in CSS pixels of the drawing. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher first. */
  priority: number;
}

export interface LabelBox {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept around each label, in CSS pixels. */
const MARGIN = 2;

export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  bounds: { width: number; height: number },
): LabelBox[] {
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const placed: LabelBox[] = [];
  for (const c of ordered) {
    const box: LabelBox = {
      id: c.id,
      left: c.x - MARGIN,
      top: c.y - c.height / 2 - MARGIN,
      right: c.x + c.width + MARGIN,
      bottom: c.y + c.height / 2 + MARGIN,
    };
    if (box.left < 0 || box.top < 0 || box.right > bounds.width || box.bottom > bounds.height) continue;
    if (placed.some((other) => boxesOverlap(box, other))) continue;
    placed.push(box);
  }
  return placed;
}
