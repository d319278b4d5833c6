# oracle: seed 170, closed, runs cleanly
import torch.nn

class Model_0(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_0, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_0 = Model_0(2, 7, num_layers=2)
logits_0 = model_0(torch.rand((5, 2, 2)))

lstm_1 = torch.nn.LSTM(3, 3, 2)
out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 3))
r_1_0 = h_1[-1].unsqueeze(0).expand(2, -1, -1)
r_1_1 = out_1.flatten(0, 1)
r_1_2 = out_1.transpose(0, 1).contiguous().view(3, -1)
a_1, b_1 = out_1.chunk(2, dim=0)

rnn_2 = torch.nn.RNN(7, 9, 2)
x_2 = torch.randn(3, 1, 7)
batch_2 = x_2.size()[1]
h0_2 = torch.zeros(2, batch_2, 9)
out_2, hn_2 = rnn_2(x_2, h0_2)
