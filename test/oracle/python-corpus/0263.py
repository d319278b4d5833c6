# oracle: seed 263, closed, runs cleanly
import torch
from torch.nn import GRU, GRUCell, Linear
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = GRU(7, 4, batch_first=True)
x_0 = torch.randn(1, 4, 7)
lengths_0 = [4]
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True, enforce_sorted=False)
packed_out_0, h_0 = rnn_0(packed_0, torch.zeros(1, 1, 4))
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)
last_0 = Linear(4, 2)(h_0[-1])

gru_1 = GRU(5, 8)
x_1 = torch.randn(4, 3, 5)
cell_1 = GRUCell(5, 8)
if x_1.dim() == 3:
    out_1, _ = gru_1(x_1)
else:
    out_1 = cell_1(x_1)
