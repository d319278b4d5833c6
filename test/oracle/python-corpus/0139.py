# oracle: seed 139, closed, runs cleanly
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

embed_0 = torch.nn.Embedding(14, 6, padding_idx=0)
drop_0 = torch.nn.Dropout()
rnn_0 = torch.nn.LSTM(6, 7, batch_first=True)
tokens_0 = torch.randint(0, 14, (1, 2))
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)
scores_0 = torch.nn.Linear(7, 14)(out_0)

gru_1 = torch.nn.GRU(5, 7)
x_1 = torch.randn(4, 3, 5)
cell_1 = torch.nn.GRUCell(5, 7)
if x_1.dim() == 3:
    out_1, _ = gru_1(x_1)
else:
    out_1 = cell_1(x_1)

conv_2 = torch.nn.Conv1d(2, 3, kernel_size=3, padding=1)
feats_2 = conv_2(torch.randn(2, 2, 6)).transpose(1, 2)
rnn_2 = torch.nn.LSTM(3, 4, batch_first=True)
out_2, _ = rnn_2(feats_2)

rnn_3 = torch.nn.GRU(2, 6)
x_3 = torch.randn(4, 2, 2)
lengths_3 = torch.tensor([4, 3])
packed_3 = pack_padded_sequence(x_3, lengths_3)
packed_out_3, h_3 = rnn_3(packed_3)
out_3, out_lengths_3 = pad_packed_sequence(packed_out_3)
last_3 = torch.nn.Linear(6, 2)(h_3[-1])
