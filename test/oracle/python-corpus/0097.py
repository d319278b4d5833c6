# oracle: seed 97, closed, runs cleanly
import torch
from torch.nn import GRU, Linear
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = GRU(4, 3, batch_first=True)
x_0 = torch.randn(1, 3, 4)
lengths_0 = [3]
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, h_0 = rnn_0(packed_0, torch.zeros(1, 1, 3))
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)
last_0 = Linear(3, 2)(h_0[-1])
