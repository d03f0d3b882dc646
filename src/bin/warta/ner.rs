//! `warta ner`: the entities of an article as JSON, with character offsets.

use serde::Serialize;
use warta::json::EntityView;
use warta::ner::{Options, Recognizer};
use warta::tokenize::CharIndex;

use crate::Error;
use crate::cli::ArticleArgs;
use crate::input::Source;

#[derive(Serialize)]
struct Output<'e> {
    entities: Vec<EntityView<'e>>,
}

pub fn run(args: &ArticleArgs) -> Result<(), Error> {
    let text = Source::from_arg(args.input.as_ref()).read(args.read.lossy)?;
    let options = Options::with_doc_date(args.doc_date);
    let entities = Recognizer::embedded().recognize_with(&text, &options);
    let index = CharIndex::new(&text);
    let output = Output { entities: entities.iter().map(|e| EntityView::new(e, &index)).collect() };
    crate::output::json(&output, args.pretty)?;
    Ok(())
}
