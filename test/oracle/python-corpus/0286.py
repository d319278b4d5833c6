# oracle: seed 286, closed, raises RuntimeError at line 6
import torch.nn

rnn_0 = torch.nn.GRU(3, 9, batch_first=True)
x_0 = torch.randn((4, 6, 5))
out_0, h_0 = rnn_0(x_0)
fc_0 = torch.nn.Linear(11, 4)
logits_0 = fc_0(h_0[-1])

gru_1 = torch.nn.GRU(6, 7)
x_1 = torch.randn(4, 3, 6)
if x_1.size(-1) == 6:
    out_1, _ = gru_1(x_1)
else:
    out_1, _ = gru_1(torch.randn(2, 2, 7))

class Model_2(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_2, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.LSTM(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_2 = Model_2(6, 8, bidirectional=True)
logits_2 = model_2.forward(torch.zeros(3, 4, 6)).detach()
probs_2 = logits_2.softmax(dim=-1)
