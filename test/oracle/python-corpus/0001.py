# oracle: seed 1, closed, runs cleanly
import torch
from torch.nn import RNN

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = RNN(input_size=4, hidden_size=9, num_layers=2)
last_0_0 = encode_0(enc_0, torch.zeros(2, 1, 4), h0=torch.zeros(2, 1, 9))
