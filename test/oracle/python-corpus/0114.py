# oracle: seed 114, closed, runs cleanly
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

embed_0 = torch.nn.Embedding(27, 5)
drop_0 = torch.nn.Dropout()
rnn_0 = torch.nn.LSTM(5, 5, batch_first=True)
tokens_0 = torch.randint(0, 27, (4, 4))
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)

rnn_1 = torch.nn.GRU(9, 4, 1, True, True, bidirectional=True)
x_1 = torch.rand(4, 6, 9)
out_1, h_1 = rnn_1(x_1)
both_1 = torch.cat((h_1[-2], h_1[-1]), dim=1)
fc_1 = torch.nn.Linear(8, 2)
logits_1 = fc_1(both_1)

embed_2 = torch.nn.Embedding(15, 3)
drop_2 = torch.nn.Dropout(0.1)
rnn_2 = torch.nn.GRU(3, 6, batch_first=True)
tokens_2 = torch.tensor([[1, 2, 3], [4, 5, 14]])
emb_2 = drop_2(embed_2(tokens_2))
out_2, h_2 = rnn_2(emb_2)
scores_2 = torch.nn.Linear(6, 15)(out_2)

rnn_3 = torch.nn.LSTM(6, 2)
x_3 = torch.randn(6, 1, 6)
lengths_3 = torch.tensor([6])
packed_3 = pack_padded_sequence(x_3, lengths_3)
packed_out_3, (h_3, c_3) = rnn_3(packed_3, (torch.zeros(1, 1, 2), torch.zeros(1, 1, 2)))
out_3, out_lengths_3 = pad_packed_sequence(packed_out_3)
