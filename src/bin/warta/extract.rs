//! `warta extract`: entities, relations and facts of an article as one JSON document.

use warta::Pipeline;

use crate::Error;
use crate::cli::ExtractArgs;
use crate::input::Source;

pub fn run(args: &ExtractArgs) -> Result<(), Error> {
    let text = Source::from_arg(args.input.as_ref()).read(args.read.lossy)?;
    let document = Pipeline::new().extract_with(&text, args.doc_date);
    crate::output::json(&document, args.pretty)?;
    Ok(())
}
