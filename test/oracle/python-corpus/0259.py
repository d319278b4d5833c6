# oracle: seed 259, closed, runs cleanly
import torch
from torch.nn import GRU

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = GRU(input_size=5, hidden_size=7, num_layers=2, bias=False)
last_0_0 = encode_0(enc_0, torch.rand([2, 2, 5]))
