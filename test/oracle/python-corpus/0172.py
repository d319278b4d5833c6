# oracle: seed 172, closed, raises RuntimeError at line 10
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = nn.GRU(4, 3, batch_first=True)
x_0 = torch.randn(4, 4, 5)
lengths_0 = [4, 3, 2, 1]
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, h_0 = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)
