//! Rules for the open classes that no gazetteer can list: dates, quantities, people.

pub(crate) mod date;
pub(crate) mod lex;
pub(crate) mod person;
pub(crate) mod quantity;
