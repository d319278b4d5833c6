# oracle: seed 155, closed, raises RuntimeError at line 11
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = torch.nn.GRU(3, 2)
x_0 = torch.randn(4, 1, 3)
lengths_0 = [4]
packed_0 = pack_padded_sequence(x_0, lengths_0, enforce_sorted=False)
packed_out_0, h_0 = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0)
last_0 = torch.nn.Linear(4, 2)(h_0[-1])
