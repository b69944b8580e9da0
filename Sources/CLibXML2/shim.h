#ifndef RAPPORTEUR_CLIBXML2_SHIM_H
#define RAPPORTEUR_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* libxml2's headers pull in the system ICU when it was built with it, which
   clashes with the ICU that Foundation carries. We use no ICU API through
   libxml2, so its ICU declarations stay out. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlIO.h>

/* xmlFree is a global function pointer, which Swift 6 cannot call safely. */
static inline void rapporteur_xml_free(void *pointer) { xmlFree(pointer); }

/* The generic error handler is variadic, which Swift cannot write. */
static void rapporteur_silent_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void rapporteur_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, rapporteur_silent_generic_error);
}

#endif
