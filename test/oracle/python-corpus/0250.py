# oracle: seed 250, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU

rnn_0 = GRU(6, 3, batch_first=True)
x_0 = torch.randn(3, 5, 6)
lengths_0 = [5, 4, 3]
packed_0 = torch.nn.utils.rnn.pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, h_0 = rnn_0(packed_0)
out_0, out_lengths_0 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_0, batch_first=True)
last_0 = nn.Linear(3, 2)(h_0[-1])
