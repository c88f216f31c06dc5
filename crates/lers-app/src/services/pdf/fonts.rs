//! The two faces LERS embeds in the PDFs it writes, shipped in the binary so that a
//! document prints the same everywhere: Noto Sans for the Latin scripts of English,
//! German, Polish, Vietnamese, French and Spanish, and Noto Sans CJK SC for Chinese.
//! Both are subsets made by `scripts/subset-fonts` (SIL OFL 1.1, `fonts/OFL.txt`);
//! krilla subsets them again to the glyphs a document uses.

use std::sync::LazyLock;

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

static LATIN: &[u8] = include_bytes!("../../../fonts/NotoSans-Regular.ttf");
static CHINESE: &[u8] = include_bytes!("../../../fonts/NotoSansSC-Regular.otf");

/// One embedded face: the font krilla draws with, and the same bytes parsed once
/// for measuring.
pub struct Face {
    pub font: krilla::text::Font,
    parsed: FontRef<'static>,
}

impl Face {
    fn load(data: &'static [u8]) -> Option<Self> {
        Some(Self {
            font: krilla::text::Font::new(data.into(), 0)?,
            parsed: FontRef::new(data).ok()?,
        })
    }

    /// Whether the face has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        self.parsed
            .charmap()
            .map(c)
            .is_some_and(|glyph| glyph.to_u32() != 0)
    }

    /// How wide `text` is at `size` points, by the glyphs' advances.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let charmap = self.parsed.charmap();
        let metrics = self
            .parsed
            .glyph_metrics(Size::new(size), LocationRef::default());
        text.chars()
            .filter_map(|c| charmap.map(c))
            .filter_map(|glyph| metrics.advance_width(glyph))
            .sum()
    }
}

/// The faces, in the order they are tried for a character.
pub struct Faces {
    pub latin: Face,
    pub chinese: Face,
}

/// Loaded once: the fonts are part of the binary, so failing to load them is a
/// build defect that the tests catch, not a runtime condition.
pub static FACES: LazyLock<Option<Faces>> = LazyLock::new(|| {
    Some(Faces {
        latin: Face::load(LATIN)?,
        chinese: Face::load(CHINESE)?,
    })
});
