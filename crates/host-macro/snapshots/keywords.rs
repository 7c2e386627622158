// bindgen! error: resource `impl`: resources are not supported by canon-host's bindgen! yet
