# oracle: seed 43, closed, raises RuntimeError at line 8
import torch.nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.GRU(7, 2, 1, batch_first=True)
last_0_0 = encode_0(enc_0, torch.ones(1, 2, 7), h0=torch.zeros(2, 1, 2), batch_first=True)
