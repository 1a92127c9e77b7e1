/**
 * "Add source" (only while `npm start` runs): a button in the top bar and a dialog where the
 * user drops files (or picks them), pastes an address, or pastes text with a title. Each is
 * saved by the dev server through `npm run add`'s code; the map updates when the rebuilt data
 * arrives (App.tsx). Every outcome is one line in the dialog, in plain words.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DevServer } from '../devserver.ts';
import {
  addDialogOpen,
  addLines,
  closeAddDialog,
  fileRequest,
  openAddDialog,
  sendAdd,
  textRequest,
  urlRequest,
} from '../model/add-source.ts';
import { Field } from './Field.tsx';

const ACCEPT = '.txt,.md,.html,.htm,.pdf,.docx';

async function sendFiles(server: DevServer, files: readonly File[]): Promise<void> {
  // One after another: each is saved and the map rebuilt before the next id is chosen.
  for (const file of files) {
    await sendAdd(
      server,
      file.name,
      fileRequest(file.name, new Uint8Array(await file.arrayBuffer())),
    );
  }
}

export function AddSourceButton({ server }: { server: DevServer }) {
  return (
    <>
      <button
        type="button"
        class="add-source-button"
        data-testid="add-source-button"
        aria-haspopup="dialog"
        onClick={openAddDialog}
      >
        Add source
      </button>
      {addDialogOpen.value && <AddSourceDialog server={server} />}
    </>
  );
}

function AddSourceDialog({ server }: { server: DevServer }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      class="add-source"
      data-testid="add-source-dialog"
      aria-labelledby="add-source-heading"
      onClose={closeAddDialog}
    >
      <h2 id="add-source-heading">Add a source</h2>
      <DropZone server={server} />
      <UrlForm server={server} />
      <TextForm server={server} />
      <ul class="add-source-lines" aria-live="polite" data-testid="add-source-status">
        {addLines.value.map((line, i) => (
          <li key={i} class={line.outcome} data-outcome={line.outcome}>
            <strong>{line.label}</strong>: {line.message}
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="add-source-close"
        data-testid="add-source-close"
        onClick={() => dialog.current?.close()}
      >
        Close
      </button>
    </dialog>
  );
}

/** Files dropped here, or chosen with the file picker inside it. */
function DropZone({ server }: { server: DevServer }) {
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void sendFiles(server, [...(event.dataTransfer?.files ?? [])]);
  };
  return (
    <label
      class={`drop-zone${dragging ? ' dragging' : ''}`}
      data-testid="add-source-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      Drop web pages, PDFs, Word files or text files here, or choose them
      <input
        type="file"
        multiple
        accept={ACCEPT}
        data-testid="add-source-file"
        onChange={(event) => {
          const input = event.currentTarget;
          const files = [...(input.files ?? [])];
          input.value = '';
          void sendFiles(server, files);
        }}
      />
    </label>
  );
}

function UrlForm({ server }: { server: DevServer }) {
  const [url, setUrl] = useState('');
  return (
    <form
      class="add-source-row"
      onSubmit={(event) => {
        event.preventDefault();
        if (url.trim() === '') return;
        void sendAdd(server, url.trim(), urlRequest(url));
        setUrl('');
      }}
    >
      <Field
        label="Web address"
        type="url"
        placeholder="https://…"
        testId="add-source-url"
        value={url}
        onText={setUrl}
      />
      <button type="submit" data-testid="add-source-url-submit">
        Add page
      </button>
    </form>
  );
}

function TextForm({ server }: { server: DevServer }) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  return (
    <form
      class="add-source-text"
      onSubmit={(event) => {
        event.preventDefault();
        if (title.trim() === '' || text.trim() === '') return;
        void sendAdd(server, title.trim(), textRequest(title, text));
        setTitle('');
        setText('');
      }}
    >
      <Field label="Title" testId="add-source-title" value={title} onText={setTitle} />
      <label>
        Text
        <textarea
          rows={5}
          value={text}
          data-testid="add-source-text"
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      <button type="submit" data-testid="add-source-text-submit">
        Add text
      </button>
    </form>
  );
}
