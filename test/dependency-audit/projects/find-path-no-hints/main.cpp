// The same small program in every project: an Imath type from a header, an OpenEXR function from the library.
#include <ImathVec.h>
#include <OpenEXR/ImfThreading.h>
#include <OpenEXR/OpenEXRConfig.h>
#include <cstdio>

int main() {
    Imath::V3f v(1.0f, 2.0f, 3.0f);
    std::printf("OpenEXR %s, %d threads, x=%g\n", OPENEXR_VERSION_STRING, Imf::globalThreadCount(), double(v.x));
    return 0;
}
