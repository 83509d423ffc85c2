// Keeps form drafts, and with them case data, out of the browser's local storage.
//
// Tasklist 7.24 writes a task's form values to localStorage when the user clicks "Save" and also, without a
// click, when the session expires ("authentication.login.required"): Camunda Forms under the key
// "camunda-form:<task id>", embedded forms under "camForm:<task id>". It removes a draft only when that task is
// completed on the same browser. This script hides the Save button, drops any draft left by an earlier version
// and ignores every later write of a draft key, so a half-filled form is lost when the user leaves the task.

const DRAFT_KEY_PREFIXES = ['camunda-form:', 'camForm:'];

function isDraftKey(key) {
    return DRAFT_KEY_PREFIXES.some((prefix) => String(key).startsWith(prefix));
}

function removeDrafts(storage) {
    for (let index = storage.length - 1; index >= 0; index--) {
        const key = storage.key(index);
        if (isDraftKey(key)) {
            storage.removeItem(key);
        }
    }
}

function ignoreDraftWrites() {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
        if (isDraftKey(key)) {
            return;
        }
        setItem.call(this, key, value);
    };
}

function hideSaveButton() {
    const style = document.createElement('style');
    style.textContent = '.form-actions button[ng-click^="save("] { display: none !important; }';
    document.head.appendChild(style);
}

removeDrafts(window.localStorage);
ignoreDraftWrites();
hideSaveButton();
