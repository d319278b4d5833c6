# oracle: seed 69, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM, RNN
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

embed_0 = nn.Embedding(27, 8, padding_idx=0)
drop_0 = nn.Dropout()
rnn_0 = LSTM(8, 5, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 26]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)
scores_0 = nn.Linear(5, 27)(out_0)

gru_1 = GRU(6, 4)
x_1 = torch.randn(3, 6)
if x_1.size(-1) == 6:
    out_1, _ = gru_1(x_1)
else:
    out_1, _ = gru_1(torch.randn(2, 2, 7))

rnn_2 = LSTM(7, 6, batch_first=True)
x_2 = torch.randn(1, 5, 7)
lengths_2 = [5]
packed_2 = pack_padded_sequence(x_2, lengths_2, batch_first=True, enforce_sorted=False)
packed_out_2, (h_2, c_2) = rnn_2(packed_2, (torch.zeros(1, 1, 6), torch.zeros(1, 1, 6)))
out_2, out_lengths_2 = pad_packed_sequence(packed_out_2, batch_first=True)

y_3 = torch.randn(1, 3, 2)
layers_3 = nn.ModuleList([RNN(2, 3), RNN(3, 2)])
for layer in layers_3:
    y_3, _ = layer(y_3)
