#ifndef VOCGRAPH_CRAPTOR_SHIM_H
#define VOCGRAPH_CRAPTOR_SHIM_H

#include <raptor2.h>

/// `raptor_new_world()` is a macro; Swift cannot import it.
static inline raptor_world *craptor_new_world(void) {
    return raptor_new_world_internal(RAPTOR_VERSION);
}

#endif
