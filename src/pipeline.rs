//! The pipeline: tokenize, recognize, relate, summarize.

use chrono::NaiveDate;
use serde::Serialize;
use warta_gazetteer::Gazetteer;
use warta_ner::{Entity, Options, Recognizer};
use warta_relation::{Extraction, Extractor, Frame, Person, Quote, Relation};
use warta_tokenize::CharIndex;

use crate::facts::Facts;
use crate::json;

/// The whole of warta: built once, reused for every document, shareable across threads.
///
/// ```
/// let pipeline = warta::Pipeline::new();
/// let doc = pipeline.extract("Kapolres Bangkalan AKBP Budi Santoso memimpin apel, Kamis (8/8/2024).");
/// assert_eq!(doc.facts.people[0].name, "Budi Santoso");
/// assert_eq!(doc.facts.dates[0].iso.as_deref(), Some("2024-08-08"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Pipeline {
    recognizer: RecognizerRef,
    extractor: Extractor,
}

#[derive(Clone, Debug)]
enum RecognizerRef {
    Embedded(&'static Recognizer),
    Owned(Box<Recognizer>),
}

impl Default for Pipeline {
    fn default() -> Pipeline {
        Pipeline::new()
    }
}

impl Pipeline {
    /// The pipeline over the embedded default gazetteer.
    pub fn new() -> Pipeline {
        let recognizer = Recognizer::embedded();
        Pipeline {
            extractor: Extractor::new(recognizer.gazetteer()),
            recognizer: RecognizerRef::Embedded(recognizer),
        }
    }

    /// A pipeline over a gazetteer of your own (for example the defaults extended with
    /// your files through [`Gazetteer::builder`]).
    ///
    /// # Errors
    ///
    /// Fails if the gazetteer cannot be compiled into a matcher.
    pub fn with_gazetteer(gazetteer: Gazetteer) -> Result<Pipeline, warta_ner::Error> {
        let recognizer = Recognizer::new(gazetteer)?;
        let extractor = Extractor::new(recognizer.gazetteer());
        Ok(Pipeline { recognizer: RecognizerRef::Owned(Box::new(recognizer)), extractor })
    }

    fn recognizer(&self) -> &Recognizer {
        match &self.recognizer {
            RecognizerRef::Embedded(r) => r,
            RecognizerRef::Owned(r) => r,
        }
    }

    /// Extracts everything from one article.
    pub fn extract(&self, text: &str) -> Document {
        self.extract_with(text, None)
    }

    /// Extracts everything from one article whose own date is `doc_date` (used to
    /// resolve years the text leaves out).
    pub fn extract_with(&self, text: &str, doc_date: Option<NaiveDate>) -> Document {
        let recognizer = self.recognizer();
        let analysis = recognizer.tokenizer().analyze(text);
        let entities = recognizer.recognize_analysis(&analysis, &Options::with_doc_date(doc_date));
        let extraction = self.extractor.extract(&analysis, &entities);
        let facts = Facts::build(&entities, &extraction);
        Document::new(text, entities, extraction, facts)
    }
}

/// Everything warta found in one article.
///
/// Serializes to the JSON that `warta extract` prints: `entities`, `people`,
/// `relations`, `quotes`, `frames` and `facts`. Spans in the JSON are character offsets;
/// in these Rust values they are byte offsets.
#[derive(Clone, Debug)]
pub struct Document {
    /// Entities, top level, in text order.
    pub entities: Vec<Entity>,
    /// Relations.
    pub relations: Vec<Relation>,
    /// People with their mentions.
    pub people: Vec<Person>,
    /// Quotations with their speakers.
    pub quotes: Vec<Quote>,
    /// Event frames.
    pub frames: Vec<Frame>,
    /// The document-level summary.
    pub facts: Facts,
    index: CharIndex,
}

impl Document {
    fn new(text: &str, entities: Vec<Entity>, extraction: Extraction, facts: Facts) -> Document {
        Document {
            entities,
            relations: extraction.relations,
            people: extraction.people,
            quotes: extraction.quotes,
            frames: extraction.frames,
            facts,
            index: CharIndex::new(text),
        }
    }

    /// Converts a byte span of this document's text to character offsets.
    pub fn char_span(&self, span: warta_tokenize::Span) -> (usize, usize) {
        self.index.char_span(span)
    }
}

impl Serialize for Document {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        json::serialize_document(self, &self.index, s)
    }
}
