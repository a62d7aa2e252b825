// Picks a place in the place picker (web/src/ui/PlacePicker.tsx) as a person does: types a few
// letters into the combobox, then clicks the option. Shared by the directory and tender journeys.
import type { Locator, Page } from 'playwright-core';

export async function pickPlace(
  scope: Page | Locator,
  label: string,
  typed: string,
  option: string | RegExp,
): Promise<void> {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  await box.fill(typed);
  await scope
    .getByRole('listbox', { name: label, exact: true })
    .getByRole('option', { name: option })
    .first()
    .click();
}
