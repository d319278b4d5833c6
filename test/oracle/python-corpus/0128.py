# oracle: seed 128, closed, raises RuntimeError at line 9
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = torch.nn.GRU(3, 4, batch_first=True)
x_0 = torch.randn(2, 6, 6)
lengths_0 = torch.tensor([6, 5])
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, h_0 = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)
last_0 = torch.nn.Linear(8, 2)(h_0[-1])
