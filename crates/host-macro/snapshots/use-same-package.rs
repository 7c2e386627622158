// bindgen! error: resource `canvas`: resources are not supported by canon-host's bindgen! yet
