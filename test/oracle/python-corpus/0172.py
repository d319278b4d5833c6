# oracle: seed 172, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = nn.GRU(4, 3, batch_first=True)
x_0 = torch.randn(4, 4, 4)
lengths_0 = torch.tensor([4, 3, 2, 1])
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, h_0 = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = nn.GRU(input_size=6, hidden_size=7, num_layers=3, dropout=0.5)
last_1_0 = encode_1(enc_1, torch.ones(4, 3, 6), h0=torch.zeros([3, 3, 7]))
last_1_1 = encode_1(enc_1, torch.randn((4, 3, 6)), h0=torch.zeros(3, 3, 7))
