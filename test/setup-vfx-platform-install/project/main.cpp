// Writes a 2x2 EXR, reads it back, and prints the OpenEXR version and the path of the loaded library.
#include <ImfRgbaFile.h>
#include <ImfArray.h>
#include <OpenEXRConfig.h>
#include <dlfcn.h>
#include <cstdio>

int main(int argc, char** argv) {
  const char* path = argc > 1 ? argv[1] : "out.exr";
  Imf::Rgba pixels[4];
  for (auto& p : pixels) p = Imf::Rgba(0.25f, 0.5f, 0.75f, 1.0f);
  {
    Imf::RgbaOutputFile file(path, 2, 2, Imf::WRITE_RGBA);
    file.setFrameBuffer(pixels, 1, 2);
    file.writePixels(2);
  }
  Imf::RgbaInputFile in(path);
  Imf::Array2D<Imf::Rgba> back(2, 2);
  in.setFrameBuffer(&back[0][0], 1, 2);
  in.readPixels(0, 1);
  Dl_info info{};
  dladdr(reinterpret_cast<void*>(&Imf::globalThreadCount), &info);
  std::printf("openexr %s green %.2f library %s\n", OPENEXR_VERSION_STRING, float(back[1][1].g), info.dli_fname);
  return float(back[1][1].g) == 0.5f ? 0 : 1;
}
