# oracle: seed 197, closed, runs cleanly
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = nn.LSTM(3, 5, batch_first=True)
x_0 = torch.randn(1, 3, 3)
lengths_0 = torch.tensor([3])
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, (h_0, c_0) = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)
