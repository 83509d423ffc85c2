// Tasklist configuration of this application. It replaces the file of the same path in Camunda's webjar
// (camunda-webapp-webjar 7.24.0), so it keeps that file's keyboard shortcuts and adds a custom script.
export default {
    // Paths under app/tasklist/ without .js. Tasklist imports each one as a module before it starts.
    customScripts: ['scripts/no-local-drafts'],

    shortcuts: {
        claimTask: {
            key: 'ctrl+alt+c',
            description: 'claims the currently selected task'
        },
        focusFilter: {
            key: 'ctrl+shift+f',
            description: 'set the focus to the first filter in the list'
        },
        focusList: {
            key: 'ctrl+alt+l',
            description: 'sets the focus to the first task in the list'
        },
        focusForm: {
            key: 'ctrl+alt+f',
            description: 'sets the focus to the first input field in a task form'
        },
        startProcess: {
            key: 'ctrl+alt+p',
            description: 'opens the start process modal dialog'
        }
    }
};
