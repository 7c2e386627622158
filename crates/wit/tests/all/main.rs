//! Integration tests of canon-wit: loading, world selection, features and names.

mod load;
mod names;
