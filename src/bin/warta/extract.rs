//! `warta extract`: entities, relations and facts of an article as one JSON document.

use warta::Pipeline;

use crate::Error;
use crate::cli::ArticleArgs;
use crate::input::Source;

pub fn run(args: &ArticleArgs) -> Result<(), Error> {
    let text = Source::from_arg(args.input.as_ref()).read(args.read.lossy)?;
    let document = Pipeline::new().extract_with(&text, args.doc_date);
    crate::output::json(&document, args.pretty)?;
    Ok(())
}
