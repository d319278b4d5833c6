# oracle: seed 145, closed, runs cleanly
import torch
from torch.nn import GRU, Linear
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = GRU(7, 4)
x_0 = torch.randn(4, 1, 7)
lengths_0 = [4]
packed_0 = pack_padded_sequence(x_0, lengths_0)
packed_out_0, h_0 = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0)
last_0 = Linear(4, 2)(h_0[-1])

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = GRU(7, 6, num_layers=2, batch_first=False, dropout=0.1)
last_1_0 = encode_1(enc_1, torch.rand(2, 2, 7), h0=torch.zeros(2, 2, 6))
