#ifndef VOCGRAPH_CEDITLINE_SHIM_H
#define VOCGRAPH_CEDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>

// el_set, el_get and history are variadic: Swift cannot call them, so each use has a fixed
// signature here.

typedef char *(*cedit_prompt_function)(EditLine *);

static inline int cedit_set_prompt(EditLine *el, cedit_prompt_function prompt) {
    return el_set(el, EL_PROMPT, prompt);
}

static inline int cedit_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int cedit_set_history(EditLine *el, History *hist) {
    return el_set(el, EL_HIST, history, hist);
}

static inline int cedit_set_client_data(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *cedit_client_data(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

typedef unsigned char (*cedit_key_function)(EditLine *, int);

/// Makes `key` (as `^C`) run `function`, under the editor command name `name`.
static inline int cedit_bind(EditLine *el, const char *key, const char *name, const char *help,
                             cedit_key_function function) {
    if (el_set(el, EL_ADDFN, name, help, function) != 0) return -1;
    return el_set(el, EL_BIND, key, name, NULL);
}

/// Reads ~/.editrc-style settings (key bindings) the user keeps for every libedit program.
static inline int cedit_source_editrc(EditLine *el) {
    return el_source(el, NULL);
}

static inline int cedit_history_set_size(History *hist, int size) {
    HistEvent event;
    return history(hist, &event, H_SETSIZE, size);
}

static inline int cedit_history_set_unique(History *hist, int unique) {
    HistEvent event;
    return history(hist, &event, H_SETUNIQUE, unique);
}

static inline int cedit_history_enter(History *hist, const char *line) {
    HistEvent event;
    return history(hist, &event, H_ENTER, line);
}

static inline int cedit_history_load(History *hist, const char *file) {
    HistEvent event;
    return history(hist, &event, H_LOAD, file);
}

static inline int cedit_history_save(History *hist, const char *file) {
    HistEvent event;
    return history(hist, &event, H_SAVE, file);
}

#endif
