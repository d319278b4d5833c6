# oracle: seed 129, closed, raises RuntimeError at line 7
import torch
from torch import nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = nn.RNN(8, 5)
last_0_0 = encode_0(enc_0, torch.randn(1, 3, 7))
last_0_1 = encode_0(enc_0, torch.zeros(3, 1, 8))
