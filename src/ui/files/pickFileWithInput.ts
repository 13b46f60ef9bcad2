/**
 * Asks for one file through a hidden `<input type="file">` (the fallback where the File System
 * Access API is missing, and the way to get a `File` to stream); null when the user cancels.
 * `testId` names the input for end-to-end tests.
 */
export function pickFileWithInput(accept: string, testId: string): Promise<File | null> {
  return new Promise<File | null>((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.setAttribute('data-testid', testId);
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}
