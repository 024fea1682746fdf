#ifndef VOCGRAPH_CRASQAL_SHIM_H
#define VOCGRAPH_CRASQAL_SHIM_H

#include <rasqal.h>

#endif
