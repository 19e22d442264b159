"""What the project's test servers (httpd.py, webhookd.py, hostile_httpd.py)
share: publishing the port they got, atomically, and serving until killed."""
import os


def write_atomically(path, text):
    """Write text to path so a reader never sees a partial file."""
    with open(path + ".tmp", "w") as fp:
        fp.write(text)
    os.rename(path + ".tmp", path)


def serve(server, port_file=None):
    """Publish server's port in port_file (if given), then serve forever."""
    if port_file is not None:
        write_atomically(port_file, "%d\n" % server.server_address[1])
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0
