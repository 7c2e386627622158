//! Upstream wit-bindgen twin of the canon runtime-test guest `resources-export`, for the
//! size comparison of `tests/runtime/size.rs`.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU32, Ordering};

wit_bindgen::generate!({ path: "../../guests/resources-export/wit" });

use exports::guest::resources_export::store::{Blob, BlobBorrow, Guest, GuestBlob};

static DROPPED: AtomicU32 = AtomicU32::new(0);

struct Component;

struct MyBlob {
    bytes: RefCell<Vec<u8>>,
}

impl Drop for MyBlob {
    fn drop(&mut self) {
        DROPPED.fetch_add(1, Ordering::Relaxed);
    }
}

impl GuestBlob for MyBlob {
    fn new(init: Vec<u8>) -> Self {
        MyBlob {
            bytes: RefCell::new(init),
        }
    }

    fn size(&self) -> u32 {
        self.bytes.borrow().len() as u32
    }

    fn append(&self, data: Vec<u8>) {
        self.bytes.borrow_mut().extend(data);
    }

    fn contents(&self) -> Vec<u8> {
        self.bytes.borrow().clone()
    }

    fn same(&self, other: BlobBorrow<'_>) -> bool {
        *self.bytes.borrow() == *other.get::<MyBlob>().bytes.borrow()
    }

    fn concat(a: Blob, b: Blob) -> Blob {
        let mut bytes = a.get::<MyBlob>().bytes.borrow().clone();
        bytes.extend(b.get::<MyBlob>().bytes.borrow().iter());
        Blob::new(MyBlob::new(bytes))
    }
}

impl Guest for Component {
    type Blob = MyBlob;

    fn dropped() -> u32 {
        DROPPED.load(Ordering::Relaxed)
    }

    fn make(text: String) -> Blob {
        Blob::new(MyBlob::new(text.into_bytes()))
    }
}

export!(Component);
